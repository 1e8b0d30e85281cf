/** Test support shared by the routes module's tests: a settable clock, a loopback-only Hazelcast member. */
package org.citizenhub.hub.testing;

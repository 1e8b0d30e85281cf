/** Test support shared by the routes module's tests: a settable clock, a loopback-only Hazelcast member, an isolated hub. */
package org.citizenhub.hub.testing;

/**
 * The embedded Hazelcast member: loopback by default, joined by an explicit member list. The maps that live
 * in it (the profile cache) are set up by {@link org.citizenhub.hub.profile.ProfileConfiguration}.
 */
package org.citizenhub.hub.cluster;

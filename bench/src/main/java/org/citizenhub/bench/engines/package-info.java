/**
 * The engines the benchmark runs side by side: the hub's own (found in hub-core by its interface), the
 * deterministic baseline, and Duke as the independent peer.
 */
package org.citizenhub.bench.engines;

/**
 * The engines the benchmark runs beside the hub's own (hub-core's {@code ProbabilisticBatchResolver}):
 * the deterministic baseline and Duke as the independent peer.
 */
package org.citizenhub.bench.engines;

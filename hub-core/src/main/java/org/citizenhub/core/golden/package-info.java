/**
 * The golden record: one merged profile per citizen, built from the citizen's linked source records.
 * Per field, configurable survivorship rules ({@link org.citizenhub.core.golden.SurvivorshipRules}, plain data
 * checked by {@link org.citizenhub.core.golden.SurvivorshipRulesValidator}) pick the value shown first; every
 * value stays visible with its provenance, and disagreements a caseworker must see are flagged as conflicts.
 * {@link org.citizenhub.core.golden.GoldenRecordBuilder} is the entry point: pure, fast and deterministic.
 */
package org.citizenhub.core.golden;

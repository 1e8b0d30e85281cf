/** Scoring a clustering against ground truth: pairwise precision, recall and F1, counted without enumerating pairs. */
package org.citizenhub.bench.metrics;

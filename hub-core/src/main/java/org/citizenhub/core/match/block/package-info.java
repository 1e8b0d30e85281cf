/**
 * Blocking: which pairs of records are worth comparing. Several rules at once, a pair counted once,
 * large blocks bounded by sorted neighbourhood, so the candidate count grows near-linearly.
 */
package org.citizenhub.core.match.block;

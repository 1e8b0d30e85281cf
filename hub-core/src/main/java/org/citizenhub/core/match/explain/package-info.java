/** Explanations of match decisions in plain words, without personal data. */
package org.citizenhub.core.match.explain;

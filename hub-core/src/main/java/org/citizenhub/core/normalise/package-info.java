/** Turns the many ways agencies write one value into one comparable form. */
package org.citizenhub.core.normalise;

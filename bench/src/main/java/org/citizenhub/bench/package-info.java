/** The matching benchmark: a synthetic population with ground truth, and the engines measured on it. */
package org.citizenhub.bench;

/** The canonical record: one agency's copy of a person, in the hub's own shape. */
package org.citizenhub.core.record;

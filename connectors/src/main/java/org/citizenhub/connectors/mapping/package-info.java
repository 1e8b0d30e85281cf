/** Declarative mapping of native agency records (as JSON trees) onto the canonical record. */
package org.citizenhub.connectors.mapping;

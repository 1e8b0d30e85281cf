/**
 * Declarative mapping of native agency records (as JSON trees) onto the canonical record.
 * {@link org.citizenhub.connectors.mapping.RecordMapper} compiles a mapping once into readers: a
 * {@link org.citizenhub.connectors.mapping.JsonPath} per column or path, a field reader per field (transforms),
 * {@link org.citizenhub.connectors.mapping.DateFormats} for dates, a name mapping and an address mapping.
 * A record that cannot be mapped raises a {@link org.citizenhub.connectors.mapping.MappingException} whose
 * message names the field and the problem, never the value.
 */
package org.citizenhub.connectors.mapping;

/** The connector file's model, bound from YAML and validated at load time. */
package org.citizenhub.connectors.config;

package org.citizenhub.bench;

import org.citizenhub.core.match.BatchResolver;

/** An engine to run: a short name for the tables, what it is, and the resolver itself. */
record NamedEngine(String name, String description, BatchResolver resolver) {
}

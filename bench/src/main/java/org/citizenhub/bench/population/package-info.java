/**
 * A synthetic nation with ground truth: people in households (with twins, fathers and sons of one name,
 * care homes, unrelated people of one name and birth date), national-frequency names from the bench's
 * own data files, and five agencies whose records carry the defects real agency data has, produced both
 * as canonical records in memory and as native export files with a connector file and a truth file.
 */
package org.citizenhub.bench.population;

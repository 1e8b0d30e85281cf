/**
 * Clustering: scored pairs into citizens, highest score first, refusing merges that would put
 * conflicting records (two valid ids, twins, father and son) in one cluster or weld two people
 * through a chain of pairs.
 */
package org.citizenhub.core.match.cluster;

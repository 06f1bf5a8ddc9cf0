/**
 * Signature counts without a hot document: each petition's counts are spread over shard documents that
 * writers increment, read back as a cached sum that a request reads again once it is a second old, and
 * reconciled with the signatures themselves whenever a petition is quiet.
 */
package org.plaza.petitions.tally;

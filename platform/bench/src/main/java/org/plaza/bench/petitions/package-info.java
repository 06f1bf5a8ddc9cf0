/** Petition scenarios: residents sign and confirm (many petitions and one viral one), and public count reads. */
package org.plaza.bench.petitions;

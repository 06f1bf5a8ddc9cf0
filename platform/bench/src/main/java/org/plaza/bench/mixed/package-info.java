/** A day's blend of reads, signatures and comments, each part verified on its own. */
package org.plaza.bench.mixed;

/** What the stack's processes spend during a run: CPU time and resident memory of each, read from /proc. */
package org.plaza.bench.cpu;

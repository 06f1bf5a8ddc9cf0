/** The volunteer rush: new volunteers race for the last places of a few shifts. */
package org.plaza.bench.outreach;

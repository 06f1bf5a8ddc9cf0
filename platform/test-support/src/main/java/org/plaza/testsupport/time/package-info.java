/** Time a test controls: a UTC clock that stands still or runs, and that the test moves. */
package org.plaza.testsupport.time;

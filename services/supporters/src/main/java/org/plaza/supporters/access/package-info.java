/** Who reaches the supporters' staff pages and APIs, and the campaign teams the starter's access decision reads. */
package org.plaza.supporters.access;

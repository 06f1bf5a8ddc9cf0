/** Public bodies (boards and councils) residents comment to: the clerk's address, time zone and comment rules. */
package org.plaza.comments.body;

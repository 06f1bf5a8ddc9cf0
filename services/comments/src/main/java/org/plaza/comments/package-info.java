/** The comments service: public-comment drives on agenda items of public bodies, from resident form to clerk's packet. */
package org.plaza.comments;

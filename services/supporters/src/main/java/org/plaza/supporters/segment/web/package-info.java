/** The saved-segments page and API. */
package org.plaza.supporters.segment.web;

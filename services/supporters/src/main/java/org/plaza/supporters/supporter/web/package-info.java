/** The organizers' supporter list and a supporter's page (tags, notes), and the same as a JSON API. */
package org.plaza.supporters.supporter.web;

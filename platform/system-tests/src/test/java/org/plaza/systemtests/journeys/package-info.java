/** Journeys across every service as people walk them: a resident's crawl of the site, an organizer on the staff pages, a resident from the home page. */
package org.plaza.systemtests.journeys;

/** The pages and the JSON API through which staff type in paper signatures and import typed sheets. */
package org.plaza.petitions.paper.web;

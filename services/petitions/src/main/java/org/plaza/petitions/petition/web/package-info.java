/**
 * A petition over HTTP: the organizers' JSON API (create, edit, publish, close, extend, deliver, respond,
 * recount) and the public JSON counts, served from the cached projection and cacheable for a second.
 */
package org.plaza.petitions.petition.web;

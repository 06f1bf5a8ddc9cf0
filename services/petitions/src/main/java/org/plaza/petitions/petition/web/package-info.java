/** The organizers' JSON API for petitions: create, edit, publish, close, extend, deliver, respond, recount. */
package org.plaza.petitions.petition.web;

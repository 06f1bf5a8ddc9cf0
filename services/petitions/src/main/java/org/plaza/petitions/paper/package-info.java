/**
 * Paper and canvass: staff type in the signatures of a paper sheet or a canvass, one by one or as an imported CSV
 * file, each with its provenance (who collected it, where, when, which sheet); they count on the petition under
 * their channel, one per person with the web signatures.
 */
package org.plaza.petitions.paper;

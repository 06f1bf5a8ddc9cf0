/**
 * What this service knows about campaigns, from the campaigns service's events: each campaign's team,
 * which decides which organizers may manage its petitions.
 */
package org.plaza.petitions.campaign;

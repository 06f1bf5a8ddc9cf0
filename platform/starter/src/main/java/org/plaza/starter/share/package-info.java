/**
 * Share kits for resident item pages: WhatsApp, SMS, Facebook and email links that name their source, QR codes and
 * flyers, and that source carried from the visit to the action ({@code ShareSources}).
 */
package org.plaza.starter.share;

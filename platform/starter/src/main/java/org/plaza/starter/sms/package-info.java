/**
 * Text messages as carriers count them: whether a text fits the GSM-7 alphabet or needs UCS-2, how many segments it
 * takes, and what that costs at the configured price per segment ({@code plaza.sms.*}), for templates, sends and an
 * organizer's broadcast estimate alike.
 */
package org.plaza.starter.sms;

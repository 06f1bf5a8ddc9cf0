package org.plaza.outreach.meeting;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What an operator may tune about meetings ({@code plaza.outreach.meetings.*}); the time zone, reminder offsets,
 * confirmation link lifetime and retention period are outreach's ({@code plaza.outreach.*}).
 *
 * @param directionsUrl the maps search address the directions link starts with; the place's address is appended,
 *                      URL-encoded (a Google Maps "search" URL opens the maps app on a phone)
 * @param region        appended to the address for the search ("CA"), so a town's name is not found elsewhere
 * @param pageSize      meetings per page of the public list
 */
@ConfigurationProperties("plaza.outreach.meetings")
public record MeetingSettings(
        @DefaultValue("https://www.google.com/maps/search/?api=1&query=") String directionsUrl,
        @DefaultValue("CA") String region,
        @DefaultValue("20") int pageSize) {
}

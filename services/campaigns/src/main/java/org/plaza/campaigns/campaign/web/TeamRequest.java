package org.plaza.campaigns.campaign.web;

import java.util.List;

import jakarta.validation.constraints.NotNull;

/** The whole team after a change: staff ids of the campaign's organizers. */
record TeamRequest(@NotNull List<String> organizerStaffIds) {
}

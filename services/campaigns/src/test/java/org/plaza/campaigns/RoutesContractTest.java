package org.plaza.campaigns;

import org.plaza.testsupport.routes.ServedRoutesContract;

/** The service's side of the platform's route table (see {@link ServedRoutesContract}). */
@CampaignsTest
class RoutesContractTest implements ServedRoutesContract {
}

// The shared JSON fields: amounts (atto + FIL text) and the one subnet summary that
// ipc_listSubnets, ipc_getSubnet and `up --summary-json` all write, with every field either
// of them had before.
#include <gtest/gtest.h>

#include <string>

#include "ipc/devnet/hierarchy.h"
#include "ipc/devnet/json_fields.h"
#include "ipc/devnet/summary.h"
#include "ipc/devnet/views.h"

using namespace ipc;
using namespace ipc::devnet;
using web::json::value;

TEST(JsonFields, AmountsAreAttoAndFilText) {
    value j = value::object();
    putAmount(j, "balance", U256::parse("1500000000000000000"));
    EXPECT_EQ(j.at("balance").as_string(), "1500000000000000000");
    EXPECT_EQ(j.at("balanceFil").as_string(), "1.5 FIL");
    putAmount(j, "zero", U256());
    EXPECT_EQ(j.at("zero").as_string(), "0");
    EXPECT_EQ(j.at("zeroFil").as_string(), "0 FIL");
}

TEST(JsonFields, SubnetSummaryHasEveryFieldOfBothFormerEncoders) {
    Hierarchy h(builtinTemplate("two-level"));
    h.runUntil(60'000);  // long enough for checkpoints to be cut and accepted
    const SubnetNode& child = *h.nodes().at(1);
    const value j = subnetSummaryJson(makeSubnetView(child));
    for (const char* key :
         {"id", "name", "parent", "chainId", "height", "status", "validators", "validatorsOnline",
          "checkpointPeriod", "lastCheckpointHeight", "circulatingSupply", "circulatingSupplyFil",
          "checkpoints", "checkpointsAccepted", "parentFinalityHeight"}) {
        EXPECT_TRUE(j.has_field(key)) << key;
    }
    EXPECT_EQ(j.at("id").as_string(), child.id.toString());
    EXPECT_EQ(j.at("parent").as_string(), h.root().id.toString());
    EXPECT_EQ(j.at("height").as_number().to_uint64(), child.chain->height());
    EXPECT_EQ(j.at("validators").as_number().to_uint64(), child.chain->validators().size());
    EXPECT_EQ(j.at("checkpoints").as_number().to_uint64(), child.gateway().checkpointCount());
    EXPECT_GT(j.at("checkpoints").as_number().to_uint64(), 0u);
    EXPECT_EQ(j.at("checkpointsAccepted").as_number().to_uint64(), child.checkpointsExecuted);
    EXPECT_EQ(j.at("lastCheckpointHeight").as_number().to_uint64(),
              child.actor()->lastBottomUpCheckpointHeight());
    EXPECT_EQ(j.at("circulatingSupply").as_string(),
              h.root().gateway().child(child.id)->circSupply.toDecimal());
    const value root = subnetSummaryJson(makeSubnetView(h.root()));
    EXPECT_TRUE(root.at("parent").is_null());
    EXPECT_EQ(root.at("circulatingSupply").as_string(),
              h.root().chain->state().totalSupply().toDecimal());
}

TEST(JsonFields, TheUpSummaryListsEverySubnetsSummary) {
    Hierarchy h(builtinTemplate("two-level"));
    h.runUntil(20'000);
    const value s = value::parse(summaryJson(h));
    EXPECT_EQ(s.at("topology").as_string(), h.topology().name);
    ASSERT_EQ(s.at("subnets").size(), h.nodes().size());
    for (std::size_t i = 0; i < h.nodes().size(); ++i) {
        EXPECT_EQ(s.at("subnets").at(i).serialize(),
                  subnetSummaryJson(makeSubnetView(*h.nodes()[i])).serialize());
    }
    EXPECT_TRUE(s.at("invariants").at("ok").as_bool());
}

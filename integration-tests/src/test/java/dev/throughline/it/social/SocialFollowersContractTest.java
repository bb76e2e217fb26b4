package dev.throughline.it.social;

import dev.throughline.it.contract.Fixtures;
import dev.throughline.it.contract.RelationContract;

/**
 * The relation contract on {@code User.followers}, the self-relation read from the followee
 * (followeeId to followerId); {@link SocialContractTest} runs it the other way and across both.
 */
class SocialFollowersContractTest extends RelationContract<User, Long, User, Long, Follow> {

  SocialFollowersContractTest() {
    super(Fixtures::followers);
  }
}

# Files the bounces ndr-classifier explained into the folder "Bounces".
#
# The X-NDR- fields are written by the ExplainBounce mailet; James removes any the mail
# arrived with (RemoveMimeHeaderByPrefix in the root processor), so the fields tested here are
# this server's own classification. James creates the folder on first use.
#
# Upload it for a user with ManageSieve or WebAdmin (PUT /sieve/{user}/scripts/bounces, then
# activate it).

require ["fileinto"];

# A hard bounce: the address does not exist, mail to it will never arrive.
if header :is "X-NDR-Hard-Bounce" "yes" {
    fileinto "Bounces";
    stop;
}

# Any other bounce or non-standard failure notice (mailbox full, refused, ...), except a delay
# notice: that message is still being retried, and its sender may want to see it in the inbox.
if allof (header :is "X-NDR-Kind" ["dsn", "ndr"],
          not header :is "X-NDR-Permanent" "no") {
    fileinto "Bounces";
    stop;
}

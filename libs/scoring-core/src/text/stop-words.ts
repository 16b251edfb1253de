/**
 * Words that carry no topic: function words, pronouns, fillers, and the verbs interviewers use to
 * frame any question ("tell me about a time...", "describe a situation..."), which would otherwise
 * make every answer look on-topic.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above after again against all almost also although always am among an and another any
  anyone anything are aren't around as at away back be became because become been before being
  below between both but by can can't cannot could couldn't did didn't do does doesn't doing don't
  done down during each either else enough even ever every everyone everything few for from further
  get gets getting got had hadn't has hasn't have haven't having he he'd he'll he's her here hers
  herself him himself his how however i i'd i'll i'm i've if in into is isn't it it's its itself
  just least less let let's lot lots made make makes making many may me might mine more most much
  must my myself near need neither never next no nor not now of off often on once one only onto or
  other others otherwise our ours ourselves out over own per perhaps please put quite rather really
  same say said says see seem seemed seems several shall she she'd she'll she's should shouldn't
  since so some someone something sometimes still such sure take than that that's the their theirs
  them themselves then there there's these they they'd they'll they're they've thing things this
  those though through thus to together too toward towards under until up upon us use used using
  very via want wanted was wasn't way we we'd we'll we're we've well were weren't what what's
  whatever when where whether which while who whom whose why will with within without won't would
  wouldn't yet you you'd you'll you're you've your yours yourself yourselves
  um umm uh uhh er erm ah hmm like basically literally actually kind sort yeah okay ok right
  tell describe give walk explain talk share discuss example examples time times situation
  question answer interview interviewer describe describing tell told`
    .split(/\s+/)
    .filter(Boolean),
);

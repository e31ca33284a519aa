/**
 * Site furniture, one rule per kind; the id is the finding's `rule`. Each pattern must match the
 * whole paragraph (anchored), and a rule applies only to paragraphs of at most `maxWords` words, so
 * a story sentence that happens to begin "Powered by Russian jets, …" or to mention cookies is
 * never flagged.
 */
export interface BoilerplateRule {
  id: string;
  maxWords: number;
  pattern: RegExp;
  /**
   * A cheap test the raw paragraph must pass for `pattern` to match (rules that allow long
   * paragraphs have one, so story paragraphs skip the costly whole-paragraph patterns).
   */
  needs?: RegExp;
}

const END = String.raw`\s*[:.!…»›>|-]*\s*$`;
const SOCIAL = String.raw`((click to )?share on |share via )?(share|tweet|e-?mail|print|pin( it)?|whatsapp|facebook|twitter|linkedin|reddit|telegram|messenger|pinterest|copy link)( \(opens in new window\))?`;
/** A line that is nothing but share buttons: "Share on Facebook Share on Twitter", "Tweet | Email | Print". */
const SOCIAL_LIST = String.raw`${SOCIAL}(\s*[,|•·/]?\s*${SOCIAL})*`;

export const boilerplateRules: BoilerplateRule[] = [
  { id: 'related-articles', maxWords: 6, pattern: new RegExp(String.raw`^(related( articles| stories| posts| news| content| coverage| reading| topics| links)?|more (stories|news|articles)( from [\w\s]{1,30})?|more from( [\w\s]{1,30})?|more on this( story| topic)?|you (may|might) also (like|be interested in)|recommended( for you| stories| articles)?|see also|also read|read also|read next|what to read next|latest (news|stories|articles))${END}`, 'i') },
  { id: 'popular-posts', maxWords: 8, pattern: new RegExp(String.raw`^(popular posts( from this blog)?|most (popular|read|viewed|shared)( (stories|articles|this week))?|trending( now| stories)?|editor'?s picks|top stories)${END}`, 'i') },
  { id: 'bloggers-like', maxWords: 6, pattern: /^(%d bloggers like this|\d+ bloggers like this|like this|like loading\.*|be the first to like this)\s*[:.]?\s*$/i },
  { id: 'powered-by', maxWords: 25, needs: /powered/i, pattern: /^powered by\s*:?\s*(©.*|.*all rights reserved.*|.*\b(wordpress|blogger|drupal|joomla|ghost|squarespace|wix|hosting)\b.*|(\p{Lu}[\w.&-]*)(\s+\p{Lu}[\w.&-]*){0,3}\.?)$/iu },
  { id: 'read-time', maxWords: 5, pattern: /^(\d{1,3}|one|two|three|four|five|ten)[\s-]*(min|mins|minutes?)( read)?\s*\.?$/i },
  { id: 'breadcrumb', maxWords: 12, pattern: /^(you are here\b.*|home\s*(›|»|>|\/|\|)\s*.+)$/i },
  { id: 'share-prompt', maxWords: 16, pattern: new RegExp(String.raw`^((click to )?share( this| it)?( (article|story|post|page|via|with friends|on \w+))*\s*[:!]?|${SOCIAL_LIST})\s*$`, 'i') },
  { id: 'subscribe-prompt', maxWords: 16, pattern: /^(subscribe( now| today| here)?( (to|for) (our|the) [\w\s-]{0,30}(newsletter|channel|mailing list|podcast|updates))?|sign up( now)?( (for|to) (our|the) [\w\s-]{0,30}newsletter)?( .{0,80})?|get (our|the) [\w\s-]{0,30}newsletter.*|join our mailing list.*|enter your e-?mail( address)?.*)\s*[:.!]?\s*$/i },
  { id: 'site-links', maxWords: 40, needs: /\|[^|]*\|/, pattern: /^\|?\s*([^|]{1,30}\|\s*){2,}[^|]{0,30}$/ },
  { id: 'follow-us', maxWords: 12, pattern: /^(follow us( on)?|connect with us( on)?|find us on|like us on)\b[\w\s,&|@:.]*$/i },
  { id: 'copyright', maxWords: 25, needs: /©|\(c\)|copyright|reserved/i, pattern: /^((©|\(c\)|copyright\s*(©|\(c\)|\d{4})|image copyright\b)\s*.*|.*\ball rights reserved\b[\s\d©.,-]*)$/i },
  { id: 'cookie-notice', maxWords: 60, needs: /cookie/i, pattern: /^.*\b(we use cookies|this (web)?site uses cookies|uses cookies to|accept (all )?cookies|cookie (policy|settings|preferences))\b.*$/i },
  { id: 'read-more', maxWords: 8, pattern: /^(read more|continue reading|read the full (story|article)|click here( to read more)?|more\.{3}|load more|show more|view comments)\b.*$/i },
  { id: 'advertisement', maxWords: 3, pattern: /^(advertisement|advertising|sponsored( content)?|ad|promoted)\s*$/i },
  { id: 'comments', maxWords: 8, pattern: /^(\d+\s+)?(comments?|leave a (comment|reply)( cancel reply)?|post a comment|add a comment|no comments yet|comments are closed)\s*[:.]?\s*$/i },
  { id: 'comment-form', maxWords: 20, needs: /comment|e-?mail address|disqus/i, pattern: /^(your e-?mail address will not be published\b.*|you must be (logged|signed) in to (post|leave) a (comment|reply)\.?|please enable javascript to view the comments\b.*|comments powered by disqus\.?)$/i },
  { id: 'navigation', maxWords: 6, pattern: /^((previous|next|prev|older|newer) (article|post|story)s?( (previous|next|prev|older|newer) (article|post|story)s?)?|back to top|scroll to top|skip to (main )?content|loading\s*(\.{3}|…)|(main )?menu|search|toggle navigation|(tags?|topics?|categories|filed under|posted in)\s*:.*)\s*$/i },
  { id: 'disclaimer', maxWords: 40, needs: /expressed|standards/i, pattern: /^((the )?(opinions|views) expressed (in this (article|piece|column|blog)|here|by the (author|writer))\b.*|our standards\s*:.*)$/i },
];

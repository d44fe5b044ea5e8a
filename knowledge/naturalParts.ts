/**
 * The parts of `natural` the bot uses, each required from its own file. Each of natural's folder
 * indexes loads every language's variant (the stemmers' index alone costs about 70 ms at
 * start-up); the types come from those indexes, which declare the same objects.
 */
type Stemmers = typeof import('natural/lib/natural/stemmers');
type Tokenizers = typeof import('natural/lib/natural/tokenizers');
type Distance = typeof import('natural/lib/natural/distance');

export const PorterStemmer: Stemmers['PorterStemmer'] = require('natural/lib/natural/stemmers/porter_stemmer');

export const WordTokenizer: Tokenizers['WordTokenizer'] =
  require('natural/lib/natural/tokenizers/regexp_tokenizer').WordTokenizer;

export const DamerauLevenshteinDistance: Distance['DamerauLevenshteinDistance'] =
  require('natural/lib/natural/distance/levenshtein_distance').DamerauLevenshteinDistance;

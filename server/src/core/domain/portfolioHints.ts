/**
 * Portfolios to recognise after a title's dash in running text, per holder.
 * The registry keeps one for the portfolios it lists; a note adds one for the
 * titles with a portfolio in its metadata, so "de staatssecretaris van
 * Financiën – fiscaliteit, belastingdienst en douane" is read as the full
 * title of the addressee "Staatssecretaris van Financiën – Fiscaliteit,
 * Belastingdienst en Douane", in any case and with any dash.
 */
import { NameTrie } from '../text/nameTrie';

export class PortfolioHints {
  private readonly tries = new Map<string, NameTrie>();

  /** `holderKey`: the registry's id of the holder, or unknownTitleKey() of a title it does not know. */
  add(holderKey: string, portfolio: string): void {
    let trie = this.tries.get(holderKey);
    if (!trie) {
      trie = new NameTrie();
      this.tries.set(holderKey, trie);
    }
    trie.add(portfolio, 0);
  }

  /** The end of the longest portfolio of this holder that starts at `from`, or -1. */
  endAt(holderKey: string, text: string, from: number): number {
    return this.tries.get(holderKey)?.longestAt(text, from)?.end ?? -1;
  }
}

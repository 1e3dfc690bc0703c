/**
 * The shape of registry data: schemas/portefeuilles.json and a workspace's
 * .nota/portefeuilles.json (both follow schemas/portefeuilles.schema.json).
 */
export type Role = 'minister' | 'staatssecretaris';

export interface MinistryData {
  short: string;
  name: string;
  formerShorts?: string[];
  formerNames?: string[];
}

export interface PortfolioHolderData {
  role: Role;
  portfolio: string;
  ministry?: string;
  title?: string;
  aliases?: string[];
  shortForms?: string[];
  /**
   * The portfolios written after a dash in this holder's title
   * ("Fiscaliteit, Belastingdienst en Douane"). When a registry lists them,
   * another portfolio is unknown; when none does, the portfolio is free text.
   */
  portfolios?: string[];
}

export interface RegistryData {
  ministries?: MinistryData[];
  portfolioHolders?: PortfolioHolderData[];
  rules?: {
    ministerOfEveryMinistry?: boolean;
    stateSecretaryOfEveryMinistry?: boolean;
    shortFormPrefixes?: Partial<Record<Role, string>>;
  };
}

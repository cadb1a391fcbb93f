global using Ardalis.GuardClauses;
global using TradeStats.Storage;

/**
 * The language pack the build reads with unless it is given another: the
 * one place the mechanics' callers import a pack from.
 */
import {zh} from './zh/pack.ts'
import type {LanguagePack} from './language.ts'

export const defaultLanguage: LanguagePack = zh

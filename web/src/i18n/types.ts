/** A namespace's messages: strings, grouped in objects as deep as needed. */
export interface Messages {
  readonly [key: string]: string | Messages;
}

/** Another language of a namespace: exactly the keys of its Bahasa Indonesia source, every message a string. */
export type Translation<T> = { readonly [K in keyof T]: T[K] extends string ? string : Translation<T[K]> };

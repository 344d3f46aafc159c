/**
 * Two PFX files made once with the OpenSSL 3.0 command line, from throwaway keys made for these
 * tests and used nowhere else, so both PFX formats met in practice are covered on any machine,
 * with or without openssl on PATH (node-forge, which the tests also use, writes neither).
 *
 * OPENSSL3_DEFAULT_PFX, OpenSSL 3's defaults: certificate and key under PBES2 (PBKDF2 with
 * HMAC-SHA256, AES-256-CBC), SHA-256 MAC; a password with non-ASCII characters.
 *   openssl req -x509 -newkey rsa:2048 -nodes -keyout key.pem -out cert.pem -days 36500 -subj "/CN=..."
 *   openssl pkcs12 -export -inkey key.pem -in cert.pem -passout 'pass:pässwörd-€'
 * OPENSSL_LEGACY_PFX, what OpenSSL 1.x and older Windows write: certificates under RC2-40, key
 * under 3DES, SHA-1 MAC; a leaf signed by a test CA, with the CA certificate in the file.
 *   openssl pkcs12 -export -legacy -inkey leaf-key.pem -in leaf.pem -certfile ca.pem -passout pass:legacy-pass
 *
 * leafSha256 is the SHA-256 of the leaf certificate's DER (openssl x509 -outform der | sha256sum).
 */

export interface PfxFixture {
  readonly base64: string;
  readonly password: string;
  readonly leafSha256: string;
  readonly leafPublicKeyPem: string;
  readonly certificateCount: number;
}

export const OPENSSL3_DEFAULT_PFX: PfxFixture = {
  password: 'pässwörd-€',
  leafSha256: '4f2b0dacfd6bfecf08258c903c03f25fc9373316454b57bdc0968375be66b986',
  certificateCount: 1,
  leafPublicKeyPem: [
    '-----BEGIN PUBLIC KEY-----',
    'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA5mS/sAOOlNnd64aCE67B',
    'wxJKPiAlalONSv3mR7esry1bPMLNb5LyD+K5HWxgnZmIVns+/XbOciZPxHOUhpaH',
    '52sM9XbKGF8NxacoitCqW1a6v/cUuhlfFmqfpq9xOga6EXSb2xeerY6gAR3za2vE',
    'q+nxEz2bFDp3hENdclu4hoE5tI/hFP17CqEFvkaALLTZtgcXeJh+eZKUHrii9LZ8',
    'ezbqXOTT099t7N4vfr5VO2TymnBAQXj6kOGowpNuVO4fF9KdiEuI8lEt+tv8DNfS',
    'Gsm74/H0Z7HYgzTO4dSrZj21arVnFiU54pZGN1uGf02J0cxxJEl0nWgn+oDo/dYr',
    'iwIDAQAB',
    '-----END PUBLIC KEY-----',
  ].join('\n'),
  base64: [
    'MIIKHwIBAzCCCdUGCSqGSIb3DQEHAaCCCcYEggnCMIIJvjCCBDIGCSqGSIb3DQEHBqCCBCMwggQfAgEAMIIEGAYJKoZIhvcNAQcB',
    'MFcGCSqGSIb3DQEFDTBKMCkGCSqGSIb3DQEFDDAcBAielz8zz69ccQICCAAwDAYIKoZIhvcNAgkFADAdBglghkgBZQMEASoEEOYC',
    'LKZJ3QATpUlzor1ENoWAggOwKZ6FjUG+rcDZ4ugFp46QSec8ixa8KvW1ewQU5+Ru+McKYWF4mDA9zv6OopmHFtq0WJgrHiyaQJY+',
    'cIeFAX/cAcf9NL6ZVhvayngD21L6UX6Uk6Fub8aFDRdpCM+2Lk2/cfxSiZudVP7rT5YMhpRq/r/zFZsytG2M5SMPTCwlASk3UHGk',
    'm7BGTetuyW0Tl4CI0/mJXuW2uplX2drG81ct9FgfV58utUBbORfnlbjBKXccurmgC2ZJtelBR1WkSpS+CgAVRhaLWBXgMyq0BDzb',
    'CH1cIivFlVLTGeEo+if2j98t/1JL7zTnRd7UBjrH4iaxLPetzkm2/wZxYcFYsSxGUPZHhMzI6E+I93QJVL7dHON9sKG+DJ9x/qEr',
    'B+iWBMUEW6taNW2sf/3atbismGgyODBjcBnOfXBT984iJno20pDIff6Zo1WuXf0b7fkny2+awmwMN9HT2WJBIy9sL+cB4UQe9ajX',
    'xqSb3DxcViVm/Ig5yIo601aCNgT6v1tTphQpjcR5tMqsDRBosb/YNiOC7WEWaJCb7DfxIqI5qOKOdZuPmfWayaRdlnvZT0cHTP1a',
    'uTb+r5jZPRbNWSNRtn0n4lQqCwvBBDOBnny0/Z/NPJZuXgGcMgxIofJWtgntUzBowofpALbBIeCWzzuXFQ0qY2ApqHGnWJDD93hg',
    'Q+s39KG3e8KqfVkeNSzQczUwPy44MoulKGeoozk9v6YdwuY7Z7eCyzjIUaQOBPM1YT6OAxrpfim1WwVuusoaVzuwD/YUYP4XRA5A',
    'FhIxTgq7pGeDOPpDDPiWQT7+ICfKEK2K8C9GJxHFzMA1zjkpcUm4WrptAKGLFV0tJxj1le5Xq1hQ/sQXcL7OBxkiWClvKOYSYCKv',
    'EACfyvf+JzSCHwZEcoBpVQ2IjZfvrbRP+Friu/bVmdH8F96XrukiEa+01Zp+R2ZgSGvtINMznhPl6T0y92gNfmDmKM4wW8b8igQ/',
    'uia9PLeCUGLw6w6JzeWzmuTs4xLUsLjjhY28gptZlqTVLKexvzL6i1Zf1A5BSbFzRB42c6hn4Jja0Pg9na9LUPVnDDznDLCX7u52',
    '5AGRkz1U8E2jOZPhDALXUPYLOT6q4HtgjZT1He3IE/d7O5WnVpWdhP5ytsXCf/MTqJYnSmP+RMm6Nm264MyoS94q5+k96MskgQHK',
    'TBtHpVXQ9oCu51T7ovV8envyBVKej7x0Ja5Iim6NLkG6Q6BPGpBPxLDTVYNXKXmV/uf99cUAR/0tZciYs8MwggWEBgkqhkiG9w0B',
    'BwGgggV1BIIFcTCCBW0wggVpBgsqhkiG9w0BDAoBAqCCBTEwggUtMFcGCSqGSIb3DQEFDTBKMCkGCSqGSIb3DQEFDDAcBAix1vUj',
    'jg+/pwICCAAwDAYIKoZIhvcNAgkFADAdBglghkgBZQMEASoEENTGFE9b0kyfLLJIQskhkyoEggTQW0Gq9l5dJKAovh6A6x+s0Xu4',
    'sKA//17Opln0yBgMWdZt1uXY2UYU1dI7TX3WYipqjmksRAOOFRW1aZfqliaqTVWFwL0FzrTDh/hvuENTBASSDDJsCBrhSjNxqwST',
    'nlO9Utn6km+qdrCjHlMi29XzrKDfzDIShWizqFQOGsrpdExwbTYf4OaL/1uXG+Sdm1MfVV9APdMlHZB+7GLApDHVgXIq6NTgrg+V',
    'XbwWlE36q68GcUgvZJclIyaWIprTGK+7lECtRI9sJNDmFALqUN03qsjz3j0L+2HuYTIAKT7mbT7TxmUdVadZbO/SSEhXhkUdinZy',
    'BtHGTjuDXaMXvJFqbH6vMTukDTOAZ3Hy6+vbfBGcquKoV0ePPc3++AILDJz6ggfL6H/THvxcMuksGhNPsvFWDXAWaVwjvaQZmCX3',
    '5mZXsPorYMsqgcURiVGDmLgnpZuJymsJ4iljIdbtSK2MYtvScbIuL0RwPV3DXMyplD4iTlq5Kc1HIdo+FgzaRa2Gv27xpUAFBX9n',
    'Z5M+ahQ3DQePLs27hLoeoid4cY+ormxyCAFcWwSFVSqbh3wMMB7yNoXuj4MSRRJ62kKr/HOaNsh3NpDekFW1OxdYsdJCz02y9hXM',
    'HH47km9cQ9rFEsG3i5oatJgR4F4inVVqEonRgwyGQYyRgVvgQJ6BKLsZDZmpnNLNVDiYlLVZMxTkyTbPEtqjdFIIEjQedJ7Evp36',
    'dbgVTAX+LpQspAEah+/kn2kceAwX71nn8uQzXixnvrNlEXE2OwnPtRTOGHx8z5eXq7S4AcWO0uG4iOmtskWVFUDVuZd1AXMXe0oy',
    'Il74V85XwaAB4COMvP+M0cF8dLZwSacP+D2MZgyM2/aNGzZ4o5S/kupothboSvhjAuYGOIOaEjYOHoZfbpQbkXO3y0PGh0k6uVlz',
    'DBq3BGG5/xVBk4VeOefeI4KhZ44OfFSs/QTI2ZIaaCIHglU7PZmlRel8Mt5+Cgqp1XfeSaf8CV+fArjrBvtynfCjVkVYjhlOdMmg',
    'YnXUYySQa+j9sO5uBX2CVGvCEvXWHCNByw/wAVXbQJNIGtgrA35MSPom93kqT+f5Y5gYLxcel1i0+MqwfGCIL8ytVvRQtUAMpRsI',
    'mq/SRVl9ZunGb4h8/3hHCkdmqdfS42z+pjtwjikzGpXEJMe1WWffX6eGfXzElIKJB+QtzC2aEwUe6AvPAu5Kp3dBdtpa0MfeXzgM',
    '1pEDY9XazWP11aoTOu6iWzQMLyMG4QHszHBSIrSeBJqWoTbIDeTvm8MhNqqjDa5VW/KFLh5WZ0CHVUxaCedgk80xYv4z6Zb//Byn',
    'Zc6i8t4TPCuoXWgXifzUr4XINjlMjjevG4ADNHQXnUpCRTQ5erOJXanOKeyeINemWk8nUOnjf0nQp9JTz+Jo8sfVgeW/eywyrIJP',
    'oREKuF/Stj6GztItcw00w5WVlPyAuAIk5vi9KPUQP3h+eQEtVBb9uojhHSqQG1gYJspw1uAHFRYpoOSjcAXUMaXMOfsoPb84tQm0',
    'egWFN6mwzm1FdWQQ3ZgcrPQlw9LGLQUbRJCBcEnCq4t45JRAJR1aJSUmSo/rOKl1RSbQKOoXnUwqdV9XdbwIS60U16YtV1dDRRfy',
    'LTXluty5x7pE/BqBrlUxJTAjBgkqhkiG9w0BCRUxFgQU+v+WCVM+bmlcLAmnKGfAc16tSeEwQTAxMA0GCWCGSAFlAwQCAQUABCCd',
    'jE/LNDqQtuKbHj3UrSHGHRdzYAuV5LL2q2ktoXHI1wQI/nJF+GDlC7gCAggA',
  ].join(''),
};

export const OPENSSL_LEGACY_PFX: PfxFixture = {
  password: 'legacy-pass',
  leafSha256: 'c71cbf93ad203bcf7b80f1544e9731671203e68eab581422b4b5dd0ac335ca04',
  certificateCount: 2,
  leafPublicKeyPem: [
    '-----BEGIN PUBLIC KEY-----',
    'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAzCDUwN42QhXg23UjCcNb',
    '+HwwQhcv3lXYMLMEm+3UavPdpvkTvOAqv2m1i2uufmVgsupJYANLOob00TnE3lcn',
    'm6anYazbZi6uqXXa0VllpZ7ZCL10idG13g8DCuS50YQ1geM1l1/s62H2sOQriftk',
    'mRNsyCKlSjIhnAnc6uizaB8Be337cR7Jx6MmkbkpYuDlbV+CukI89ljpJkxLWBN6',
    'iKqYdDMIflW91hg6R94+OIIE6xU9VXgxAlSIz4ZO3yoXg4Gja+qX9uWkDrFUf0J7',
    'AtHsWCIhddi6ddF/CTykm3pwmzK5hkp2ZS3M4UphiyRyAfwbfLZHYL14UPttOeoj',
    '4QIDAQAB',
    '-----END PUBLIC KEY-----',
  ].join('\n'),
  base64: [
    'MIIMYQIBAzCCDCcGCSqGSIb3DQEHAaCCDBgEggwUMIIMEDCCBscGCSqGSIb3DQEHBqCCBrgwgga0AgEAMIIGrQYJKoZIhvcNAQcB',
    'MBwGCiqGSIb3DQEMAQYwDgQIOqWUDI2Gk+wCAggAgIIGgM6nTJGeomAp/HbZSyJ/EBPNPSzDbqKDKbLSHbm0NUBbQYuOpeH/ORek',
    'atpJTyWfYNWFDGSz+wc++OQ9Q++K6EkNhcHQVKgXJqxEW9pxyRXrhycMhL064Xas/YgexTpgAGEST0h55F5qAM5fITf33QDQhtH4',
    'JpM0SthcOJF8X9tXKEmwiautuf2CLtPGXe6NOykbTt1JWFDz2lvXQjSAuH27WqSM1C1YjCZQc36VzzussoSdnpF37M867JIdeOIP',
    'GdwdDZ99EyWgD0QmFg9iETf86On5Ubg3IpkDEpPkqTfanMntOO/m1rQROWlLFZOlWIB1jlkDIzB0U6gfKj6TF2ZxbjFlihwfYriJ',
    'h1r5vM1mqImeH3ZVv/F+DhWW8nZV/FOsY3WNAlxQ4Gv5vHg+VcV1Tdp0VaqS4hL22WIcuE3BEXyeuXdGQyaHS4ACXYybzYBbvdK5',
    'Gx7ZnQ0sIlb2fptbqIuGgJVU2NuFn9CoMv1G1Gs7xpVWsv0k+zEiGJHDJQYNBiK8Zi+rXglCyJmM+tXhaA6vI8jGfqECOjRvt5YI',
    'BIC8V9mSMFV8daBaOqEAYJZf60YKyjuLEFqRGYlXgfFQAHje155yVQgF2lcL4ZFzEw+3skdCcTWWqIu8BRs1aOZGb1kCFG39whbs',
    '0fcGQ5RyCv3VzHeA+AyAbrLaq1+3Z4M1k7QyIt6YC9IAZ6cJFJPfIz8IISMiBrF+lPNtWlE8EmRkLyObU3uSH0lpi8Um5d9qLOsF',
    'YORzRD59h/Q4AYi+nPfScdTiPeQ0Md+n2PO8kMz8UwAeEyS1Woj8MOfXQRbNOost/EwJZSYsqmPbh+WVolyDkgdgyg3equM/xttY',
    'X6I4gR56U8tctkz/CJdNpSx6YD9b9iwRY5yzKqfGw2JwDJLnCVFA4S/lfyW8A45ntWzm/e3NnrFNF9jKE1zuq8CZeCoNcNAvyA/w',
    'f9F5WQ7p9BuGutoTG45vrtk95yKW0uuuSqOtWam0stru+/J5+Fnd1ZEGt05SMp494CkiPDOT/PL3UPoV0KsvRKBUlAuTKzkWz5ZN',
    'wXmNpHMLvtsdHxvM47dwzCdn1HIzirp7x+jE/QSAXVCno1A2GUdJNpZsUYV9I2ZopFXvIA1mvQ8gb72p9sm41rDdC86mbZu3NQon',
    'xk/4C1EvFI7Co6+3McN0qDT266EmuaEzoGMojce3wVJpYntdVvA6jfjVXmHciwMPnAU5eRPADrRlhd7l0dbvr8EQLA++pt3KQRn0',
    'Svqn7xWm8MJol/84u+X8iaGA5ds+VxHaJjwuiedE0zB0I/BEJw3pZKtll4RFB90mP33EcY/2KVNZMTzqFzKemA72N50UgJaMwl51',
    'ZxGf2jXpcwOoC/PZ4YWoeA7yqsWv+LveD7vGGvPkzq4KachTbHSOJoghTsgG9j0Mx6tNWs8oqe27kZmcZslHcb2qhN8bPnfbZ9t9',
    'IRa3qAYJYgWeZ3NEsgRHWWqc0pc21gjYmiPVQrkcXvwLx8N3D47FT2ndj1FRH/KD+xFFMOH2BxbBebRG+VdoTc+UxzS+6ZLGG78f',
    'bR8mSOi2xK9At7lA74Kpoaptx0Y6Vf6LMkXZTzA2Rsveesw9iixCZaPuQOzprdQY5t3uZvu1uSzYRMXtSc1ynBkPHPKJ/0s/D6o6',
    '/AjkT9XirWZbmkMtgfDecIYNXXmiDMx6Epk96HUY9ZsX2kjsf818RZOSIRBOJmIUBcQq4wC4J3EnwMT9Sy46UZjzEulwrC4GB5es',
    '4pvRoCRQdnyh9x1MRO6SuQ+5jAM8ATOc+eSpH+Q8iwotLaaZFabshKSAU6vTXGDhaQBbxfjUUGzmra43lu8Ww+fSiJL1jH6u0dpy',
    'jttJkZ91mqGlkVuCxjHFCOyW9enkfddI1qlAN46LYguF48NujVR40DwB1IpepT185o3GjcJLy92uRDk3oD5oIdyKa6nT9/DczttL',
    'idnNfEfuNofmUA7r8P5gXM31TUwDdsXAhKfMUCch0EnSncWVNzmOI0J+dhdsYwOUpglih1W6fIfY/GxRGDceNW2I2cRvMZ7fcG4h',
    'k/zYSNlzoi2Q592ZAiDKvoZ3lf/7K+fFECIMuocWRq4VWSc4i64ppxQEO2XsKUdlH3dI434qlOk0QtPFPVrL5K2hOtYDt0+RSTZ6',
    '08E1iQnJFl167ZzulOO5HUHKq7V+L0W1n6UxfJLlJhhq5Z4gGNNRnR9tbTDdAaNOMIIFQQYJKoZIhvcNAQcBoIIFMgSCBS4wggUq',
    'MIIFJgYLKoZIhvcNAQwKAQKgggTuMIIE6jAcBgoqhkiG9w0BDAEDMA4ECP6wTREvFOJaAgIIAASCBMipDKw0QPOr7bZhScL6Mq8L',
    '4YyYRDiPvcr9O0uwuz6QMVJgfvM7JB6SpA1VvkhzBP/T7j6WGfbbu/S7QO2vPeeqejR4IEhOS++jJamfkLje6a5YlYPotyAVaqxS',
    'qesoXxavH2V0gJCFI05ScABK7Eh/3dfqkvVIxx6NyzYrvBH2p/1K7jmbVBQL+xvVIKWprBKudciyrDMJStkrN0Ng+cxA2qZgBZ+y',
    'A29a5OueKEIFfu40IAymm+JlUCZAb9oASzDhyhspY8vo79agT/FbuIiNQJuL7P34E6vLHmQ9fOj9MPvdRsME0wbKNfCxlw1mnche',
    'kJgJvlKjTIENvnTSoOoDqT5t3bfsfQmTJdlBcdrtyotl8KCqGJCGLcqHuaxHyM+zxJJGyjcGFzOQP4NRkdLjvnNdma47sQP+3KR2',
    'piEzA+G+oQEW59SY7+TVOo7MuuPEzpBoj5fb5NWJUnl9a0EF+4fnWUB74TGldOTWWg9CR3YWIaKczeJFwplf5k1KstrktiV1VGS/',
    'fkD72mbDplIysh245iXoepIckgGCqrMXKXFnuqFJkjvzp5xlx7xMGAkxm49kiZhwR9xZIu7ug6e++4dX402rXB5g/7IA+dYrO6CT',
    'KIOVmRuwpuurLPksO/J+3SQnZvETJIGX8y7QALcdFYaJbU8Fge1i0qd9aWLUlDRKVplGtxIz6vVE4nFm8VeWblHaz35SRg705GfK',
    'J63UMu5kz9Efx5/jfTQ85c/icUVY2WBwbJVrNdRVUIPwZlYJQQANOeXrw1H6v1iO26AXv3+VcILMZvo2hmrSlRa1shs8Ra0sI402',
    'D9hWbEcWO1WTyzLIJv+Z5YNUpEKGTcWM213azF+JxebTKQ+aR5XAJXro6PhdxwHw6Qg1pyXXraX+6UeJTR3V/kQRQbC9SLciGg/y',
    '8PCGq4XvWHXImfKmerBQFgZR8mWdQbJI0B6et24e0sdGdJ5Bzd34ibXqat+4gKpSHFegmFK7pOVwn+eAZcShlv/1WwncXu3qINwp',
    'gr1bLKFsDmyB+N/czCYPk8dk1yFG+aZvfHaPf7dx97f7gVx17TP267R0iNYqCtGi/qy2qEJUolqqhqEdoWlZhJYWuLAG11YmamdS',
    'yCi1U3++KzjR+SQ9tkL2F5C7CkxZVrtWa4LKa8ZJrEjJhoTA0xh+NjDtu67IHVrtLQP7kAzjD/vTJUu5gqhChQL3SBHI+9jgv42p',
    'OynFJbGz9DrJPhj+azKwYC2S0mlXFjL71gP1BerBZYvryliS1JwkOPmTxWcJnMnV9G+vuI2xoAjl6zlYKzjS+Y97YW7yAG5JI8hJ',
    'QxToKfyIhAvnM7SqeEJNFVB8qxDujEbZIcoTcqMxsqHQYe+i4y2+0BRKvu0o63BdNQn895oCRZlLiVj1bjsmhcbtAi08RHS0Rn9b',
    'Fm5BXOkB3h6MDXizrdJ28Rviu3AQ0Z7xXGBPNTh+0pMI41jA7JjgvvBjBWRf7F20fuggPMuKGVtlsEpVq5Xm9xJ6a8Mmlw6SI8lY',
    'NXTjQr088pncfy/HvKPmHvVme/X8vTUFf+peWBG6SlByH2/0oqjstSZkfsdl5tA8EGj1EybVbkfzkHy2+o4XL8AE1+/qg696EHyE',
    'w+QwdILpexoxJTAjBgkqhkiG9w0BCRUxFgQU2Fp9t16AsL+VWt5MznytSlzrHt0wMTAhMAkGBSsOAwIaBQAEFIrxmE9xLo12muKt',
    '7xMo+s9Wb/1dBAj/L7JLS6vdPwICCAA=',
  ].join(''),
};

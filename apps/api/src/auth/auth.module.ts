import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { MembersModule } from '../members/members.module';
import { AuthGuard } from './auth.guard';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { JwtService } from './jwt.service';
import { PasswordsService } from './passwords.service';
import { SignInThrottle } from './sign-in-throttle';

@Module({
  imports: [MembersModule],
  providers: [
    AuthService,
    PasswordsService,
    AuthResolver,
    JwtService,
    SignInThrottle,
    AuthGuard,
    { provide: APP_GUARD, useExisting: AuthGuard },
  ],
  exports: [PasswordsService, JwtService, AuthGuard],
})
export class AuthModule {}
